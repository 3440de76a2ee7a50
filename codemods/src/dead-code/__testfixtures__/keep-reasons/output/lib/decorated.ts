function Injectable(): ClassDecorator {
  return () => undefined;
}

@Injectable()
class Service {}

export interface Merged {
  a: number;
}
export interface Merged {
  b: number;
}

export const used = 1;
