/**
 * Ribbon commands that run without the pane (ExecuteFunction). The Home-tab group currently opens
 * the pane (ShowTaskpane needs no code); the one-click scan will register here.
 */
Office.onReady(() => {
  // Nothing to register yet.
});
