/** GOV.UK: while a page shows errors its title starts "Error: ", so screen reader users hear it first. */
export function markErrorTitle(hasErrors: boolean): void {
  const bare = document.title.replace(/^Error: /, '');
  document.title = hasErrors ? `Error: ${bare}` : bare;
}
