import { createFailureThrottle } from '../failure-throttle';

describe('createFailureThrottle', () => {
  it('throttles a client after maxFailures in the window, and only that client', () => {
    let now = 0;
    const throttle = createFailureThrottle({ maxFailures: 3, windowMs: 1000, clock: () => now });
    throttle.recordFailure('1.2.3.4');
    throttle.recordFailure('1.2.3.4');
    expect(throttle.retryAfterMs('1.2.3.4')).toBeNull();
    throttle.recordFailure('1.2.3.4');
    now = 400;
    expect(throttle.retryAfterMs('1.2.3.4')).toBe(600);
    expect(throttle.retryAfterMs('5.6.7.8')).toBeNull();
  });

  it('starts a new window once the old one has passed', () => {
    let now = 0;
    const throttle = createFailureThrottle({ maxFailures: 1, windowMs: 1000, clock: () => now });
    throttle.recordFailure('a');
    expect(throttle.retryAfterMs('a')).toBe(1000);
    now = 1000;
    expect(throttle.retryAfterMs('a')).toBeNull();
  });

  it('forgets the oldest clients beyond maxClients', () => {
    const throttle = createFailureThrottle({ maxFailures: 1, windowMs: 1000, maxClients: 2 });
    throttle.recordFailure('a');
    throttle.recordFailure('b');
    throttle.recordFailure('c');
    expect(throttle.retryAfterMs('a')).toBeNull();
    expect(throttle.retryAfterMs('c')).not.toBeNull();
  });
});
