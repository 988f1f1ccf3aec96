// Tasklist of the Thi đua – Khen thưởng system: Vietnamese whatever the browser's language (officials'
// browsers are often set to English), the system's name in the header, the login page and the browser
// tab.
export default {
  app: {
    name: 'Thi đua – Khen thưởng',
    vendor: 'Hệ thống'
  },
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  // a refused form shows only the system's Vietnamese reason, not the engine's English prefix; the
  // forms' dates are dd/mm/yyyy whatever the browser's language; a tag list's search box is Vietnamese
  customScripts: ['scripts/vietnamese-errors.js', 'scripts/vietnamese-dates.js', 'scripts/vietnamese-search.js',
    'scripts/vietnamese-lists.js', 'scripts/dynamic-list-validity.js'],
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  },
  // the first-login note points to Camunda's product welcome page, not ours
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận nhiệm vụ đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến nhiệm vụ đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};
