class OrderStore {
  save_order(order) {
    return { saved: order.id };
  }

  load_order(id) {
    return { id };
  }
}

const store = new OrderStore();

// called by its name as a string: renaming save_order would break this call
function dispatch(payload) {
  return store['save_order'](payload);
}

console.log(store.load_order(1), dispatch({ id: 2 }));
