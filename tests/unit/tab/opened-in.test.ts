import { openedIn } from '../../../tab/teams/opened-in';

describe('whether the tab runs in Teams or in dev mode', () => {
  it('waits for Teams on a phone, where the host talks through its bridge and there is no parent frame', () => {
    expect(openedIn({ framed: false, nativeBridge: true, hostname: '127.0.0.1' })).toBe('teams');
    expect(openedIn({ framed: false, nativeBridge: true, hostname: 'sociocracy.example.org' })).toBe('teams');
  });

  it('waits for Teams in a frame (Teams on the web and on desktop), even one served by the local stack', () => {
    expect(openedIn({ framed: true, nativeBridge: false, hostname: 'localhost' })).toBe('teams');
  });

  it('runs in dev mode only as a page of its own served by the local stack', () => {
    expect(openedIn({ framed: false, nativeBridge: false, hostname: '127.0.0.1' })).toBe('dev');
    expect(openedIn({ framed: false, nativeBridge: false, hostname: 'localhost' })).toBe('dev');
  });

  it('never plays dev mode on a deployed address opened outside Teams', () => {
    expect(openedIn({ framed: false, nativeBridge: false, hostname: 'sociocracy.example.org' })).toBe('teams');
  });
});
