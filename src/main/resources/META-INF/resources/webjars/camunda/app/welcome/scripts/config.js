// Welcome page (profile, password, links to the applications) of the Thi đua – Khen thưởng system.
export default {
  app: {
    name: 'Thi đua – Khen thưởng',
    vendor: 'Hệ thống'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  },
  disableWelcomeMessage: true
};
