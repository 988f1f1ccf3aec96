// Tasklist custom script (config.js: customScripts): dates in the Camunda Forms as dd/mm/yyyy whatever
// the browser's language. The forms' date fields take their format from the browser's default locale
// (Intl.DateTimeFormat without a locale), so a browser set to English would show and expect
// mm/dd/yyyy, and 7/1/2027 would mean the 1st of July. In the Tasklist the default locale is Vietnamese,
// as its texts are; a locale that is asked for by name is left as it is.

const LOCALE = 'vi-VN';
const Native = Intl.DateTimeFormat;

if (!Native.tdktVietnamese) {
  const DateTimeFormat = function DateTimeFormat(locales, options) {
    const wanted = locales === undefined || locales === 'default' ? LOCALE : locales;
    return new Native(wanted, options);
  };
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Object.defineProperty(DateTimeFormat, 'tdktVietnamese', { value: true });
  Object.defineProperty(Intl, 'DateTimeFormat', { value: DateTimeFormat, writable: true, configurable: true });
}
