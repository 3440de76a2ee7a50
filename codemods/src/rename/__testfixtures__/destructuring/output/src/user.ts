export interface User {
  first_name: string;
  last_name: string;
}

export function fullName({ first_name: firstName, last_name: lastName }: User): string {
  const [initialLetter] = firstName;
  const { length: nameLength } = lastName;
  return `${initialLetter}. ${lastName} (${nameLength})`;
}

export function main(): string {
  return fullName({ first_name: 'Ada', last_name: 'Lovelace' });
}
