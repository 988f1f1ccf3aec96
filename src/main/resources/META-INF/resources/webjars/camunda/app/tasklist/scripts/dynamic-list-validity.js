// Tasklist custom script (config.js: customScripts): form-js, as the Tasklist 7.24 ships it, keeps an
// empty entry in its errors for every field of a dynamic list once the field has been edited
// (errors[fieldId] = {}), and the Tasklist takes any entry for an error: "Hoàn thành" stays disabled
// however well the list is filled (the year's registration of titles, the year-end list of nominees,
// a cluster's criteria and scores). The errors the form shows are the truth: after each edit of a
// form with a dynamic list, when it shows none, the form is valid again. The server checks every row.

function formWithListIsValid() {
  const container = document.querySelector('.fjs-container');
  if (!container || !container.querySelector('.fjs-form-field-grouplike .fjs-repeat-render-footer, .fjs-repeat-row-container')) {
    return false;
  }
  const shown = [...container.querySelectorAll('.fjs-form-field-error')].some(e => e.textContent.trim());
  return !shown;
}

function recheck() {
  if (!formWithListIsValid()) return;
  const host = document.querySelector('[cam-tasklist-form]');
  const ng = window.angular;
  const form = host && ng && ng.element(host).controller('camTasklistForm');
  if (form && form.notifyFormValidated) form.notifyFormValidated(false);
}

if (!window.tdktDynamicListValidity) {
  window.tdktDynamicListValidity = true;
  for (const type of ['input', 'change', 'click', 'keyup', 'focusout']) {
    document.addEventListener(type, () => setTimeout(recheck, 0), true);
  }
}
