// Tasklist custom script (config.js: customScripts): the buttons of a Camunda Forms dynamic list (the
// year's registration of titles, the year-end list of nominees) say "Add new", "Collapse",
// "Expand all (n)" and "Remove list item n" in English whatever the locale, as form-js writes them;
// they are given their Vietnamese words as soon as a form shows them.

const WORDS = [
  [/^Add new$/, () => 'Thêm dòng'],
  [/^Collapse$/, () => 'Thu gọn'],
  [/^Expand all \((\d+)\)$/, n => `Hiện tất cả (${n})`],
];

function translateText(button) {
  for (const node of button.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const text = node.textContent.trim();
    for (const [pattern, words] of WORDS) {
      const match = text.match(pattern);
      if (match) node.textContent = ' ' + words(match[1]);
    }
  }
}

function translate(root) {
  root.querySelectorAll('.fjs-repeat-render-add, .fjs-repeat-render-collapse').forEach(translateText);
  root.querySelectorAll('.fjs-repeat-row-remove[aria-label^="Remove list item"]').forEach(button => {
    const n = button.getAttribute('aria-label').replace('Remove list item', '').trim();
    button.setAttribute('aria-label', `Xóa dòng ${n}`);
    button.setAttribute('title', `Xóa dòng ${n}`);
  });
}

if (!window.tdktVietnameseLists) {
  window.tdktVietnameseLists = true;
  new MutationObserver(() => translate(document)).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-label']
  });
}
