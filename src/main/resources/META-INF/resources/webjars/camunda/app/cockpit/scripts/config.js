// The product's settings of Camunda's Cockpit webapp, in the place the Spring Boot starter documents for them
// (classpath META-INF/resources/webjars/camunda/app/cockpit/scripts/config.js replaces the webjar's copy).
// The header itself (the product's name in place of Camunda's community-edition banner) is in
// ../styles/user-styles.css; see docs/tasklist-walkthrough.md.
export default {
  app: {
    name: 'Cockpit',
    vendor: 'BWC Article X'
  },
  disableWelcomeMessage: true
};
