// Admin (administrators only): the system's name; English, as Camunda ships it.
export default {
  app: {
    name: 'Thi đua – Khen thưởng · Admin',
    vendor: 'Hệ thống'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true
};
