// Tasklist custom script (config.js: customScripts): the search box of a Camunda Forms tag list (the
// council ballot's exceptions) says "Search" in English whatever the locale, as form-js writes it; it
// is given its Vietnamese placeholder as soon as a form shows it.

const PLACEHOLDER = 'Gõ tên để tìm…';

function translate(root) {
  root.querySelectorAll('.fjs-taglist input[placeholder="Search"]').forEach(input => {
    input.setAttribute('placeholder', PLACEHOLDER);
  });
}

if (!window.tdktVietnameseSearch) {
  window.tdktVietnameseSearch = true;
  new MutationObserver(() => translate(document)).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['placeholder']
  });
}
