export interface User {
  first_name: string;
  last_name: string;
}

export function full_name({ first_name, last_name }: User): string {
  const [initial_letter] = first_name;
  const { length: name_length } = last_name;
  return `${initial_letter}. ${last_name} (${name_length})`;
}

export function main(): string {
  return full_name({ first_name: 'Ada', last_name: 'Lovelace' });
}
