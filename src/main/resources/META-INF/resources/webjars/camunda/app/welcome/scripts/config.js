// Welcome page (profile, password, links to the applications) of the Thi đua – Khen thưởng system:
// Vietnamese whatever the browser's language, as the Tasklist.
export default {
  app: {
    name: 'Thi đua – Khen thưởng',
    vendor: 'Hệ thống'
  },
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  },
  disableWelcomeMessage: true,
  // the administrator sets the office up (organisation workbook, accounts) on the application's page
  links: [
    {
      label: 'Thiết lập cơ quan',
      href: '/quan-tri/to-chuc',
      description: 'Quản trị: nhập tệp tổ chức (đơn vị, cán bộ, Hội đồng), cấp lại mật khẩu'
    }
  ]
};
