export default defineBackground(() => {
  // Wired in later issues: badge, messaging, database.
});
