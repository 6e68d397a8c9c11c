export default defineBackground(() => {
  // Handlers are registered in later steps.
});
