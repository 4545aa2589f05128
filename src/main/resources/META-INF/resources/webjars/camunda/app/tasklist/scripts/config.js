// The product's settings of Camunda's Tasklist webapp, in the place the Spring Boot starter documents for them
// (classpath META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js replaces the webjar's copy).
// The header itself (the product's name in place of Camunda's community-edition banner) is in
// ../styles/user-styles.css; see docs/tasklist-walkthrough.md.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'BWC Article X'
  },
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  },
  disableWelcomeMessage: true
};
