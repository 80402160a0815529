// Computer names as Windows accepts them: a NetBIOS name of 1 to 15 characters,
// letters, digits and hyphens, not only digits.

export const COMPUTER_NAME_MAX_CHARS = 15;

export function computerNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'A computer name cannot be empty.';
  if (name.length > COMPUTER_NAME_MAX_CHARS) return `A computer name has at most ${COMPUTER_NAME_MAX_CHARS} characters.`;
  if (!/^[A-Za-z0-9-]+$/.test(name)) return 'A computer name may contain only letters, digits and hyphens.';
  if (/^\d+$/.test(name)) return 'A computer name cannot consist of digits only.';
  return undefined;
}
