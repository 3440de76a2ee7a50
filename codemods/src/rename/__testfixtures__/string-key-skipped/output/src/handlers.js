class OrderStore {
  save_order(order) {
    return { saved: order.id };
  }

  loadOrder(id) {
    return { id };
  }
}

const store = new OrderStore();

// called by its name as a string: renaming save_order would break this call
function dispatch(payload) {
  return store['save_order'](payload);
}

console.log(store.loadOrder(1), dispatch({ id: 2 }));
