'use strict';

/**
 * In-process events for order life cycle changes ("orderPlaced", "orderCancelled",
 * "invoiceIssued"), so that e-mail and stock updates can subscribe without the
 * order service knowing about them.
 */
class EventBus {
  constructor() {
    this.listeners = new Map();
  }

  /**
   * Subscribes to an event and returns the function that unsubscribes.
   * @param {string} eventName
   * @param {(payload: unknown) => void} listener
   * @returns {() => void}
   */
  on(eventName, listener) {
    const current = this.listeners.get(eventName) ?? [];
    this.listeners.set(eventName, [...current, listener]);
    return () => this.off(eventName, listener);
  }

  /**
   * @param {string} eventName
   * @param {(payload: unknown) => void} listener
   */
  off(eventName, listener) {
    const current = this.listeners.get(eventName) ?? [];
    this.listeners.set(
      eventName,
      current.filter((candidate) => candidate !== listener),
    );
  }

  /**
   * Calls every listener in subscription order and returns how many were called.
   * @param {string} eventName
   * @param {unknown} payload
   * @returns {number}
   */
  emit(eventName, payload) {
    const current = this.listeners.get(eventName) ?? [];
    for (const listener of current) {
      listener(payload);
    }
    return current.length;
  }
}

module.exports = { EventBus };
