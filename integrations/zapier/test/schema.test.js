'use strict';

const { compileApp, validateApp } = require('zapier-platform-core/src/tools/schema');

const App = require('../index');

describe('app definition', () => {
  it('is valid for zapier-platform-schema (what `zapier validate` checks first)', () => {
    expect(validateApp(compileApp(App))).toEqual([]);
  });

  it('has a REST-hook trigger for each content event, a hidden content-type list and a create action', () => {
    const hooks = Object.values(App.triggers).filter((trigger) => trigger.operation.type === 'hook');
    expect(hooks.map((trigger) => trigger.key).sort()).toEqual([
      'entry_create',
      'entry_delete',
      'entry_publish',
      'entry_unpublish',
      'entry_update',
    ]);
    for (const trigger of hooks) {
      for (const operation of ['performSubscribe', 'performUnsubscribe', 'perform', 'performList']) {
        expect(typeof trigger.operation[operation]).toBe('function');
      }
    }
    expect(App.triggers.content_type.display.hidden).toBe(true);
    expect(Object.keys(App.creates)).toEqual(['create_entry']);
    expect(App.authentication.fields.map((field) => field.key).sort()).toEqual(['apiKey', 'baseUrl']);
  });
});
