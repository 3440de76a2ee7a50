// `catch { … }` without a binding (ES2019), in every place a var can meet it
function assignedInCatch() {
  let outcome = 'ok';
  try {
    JSON.parse('{');
  } catch {
    outcome = 'bad json';
  }
  return outcome;
}

function declaredInCatch() {
  try {
    JSON.parse('{');
  } catch {
    var message = 'declared in the catch block';
  }
  return message;
}

function readInCatch(text) {
  const fallback = { empty: true };
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  } finally {
    const done = true;
  }
}

function nested() {
  let depth = 0;
  try {
    try {
      throw new Error('inner');
    } catch {
      depth += 1;
      var inner = depth;
    }
    throw new Error('outer');
  } catch {
    depth += inner;
  }
  return depth;
}

var arrow = () => {
  try {
    return null.x;
  } catch {
    const caught = 'arrow';
    return caught;
  }
};

console.log(assignedInCatch(), declaredInCatch(), readInCatch('{'), readInCatch('1'), nested(), arrow());
