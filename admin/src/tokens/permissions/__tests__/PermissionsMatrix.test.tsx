import { screen, within } from '@testing-library/react';

import { renderWithProviders } from '../../../__tests__/render';
import { PermissionsMatrix } from '../PermissionsMatrix';
import { ARTICLE, HOMEPAGE, UPLOAD, renderMatrix } from './subjectsFixture';

const box = (name: string) => screen.getByRole('checkbox', { name });

describe('PermissionsMatrix', () => {
  it('shows a box per action a type offers: a single type has no find one or create', () => {
    renderMatrix();
    expect(box('Find one Article')).toBeInTheDocument();
    expect(box('Find Homepage')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Find one Homepage' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Create Homepage' })).not.toBeInTheDocument();
  });

  it("ticks a row's every action with its select-all, and removes the type when unticked", async () => {
    const { user, value } = renderMatrix();
    await user.click(box('Select every action on Homepage'));
    expect(value()).toEqual({ [HOMEPAGE.uid]: { actions: ['find', 'update', 'delete'] } });
    expect(box('Update Homepage')).toBeChecked();

    await user.click(box('Update Homepage'));
    expect(box('Select every action on Homepage')).toHaveAttribute('aria-checked', 'mixed');
    await user.click(box('Select every action on Homepage'));
    await user.click(box('Select every action on Homepage'));
    expect(value()).toEqual({});
  });

  it('ticks a column on every type that offers the action, in the editor order', async () => {
    const { user, value } = renderMatrix({ [ARTICLE.uid]: { actions: ['delete'] } });
    await user.click(box('Select Find on every content type'));
    expect(value()).toEqual({
      [ARTICLE.uid]: { actions: ['find', 'delete'] },
      [HOMEPAGE.uid]: { actions: ['find'] },
    });
    await user.click(box('Select Find one on every content type'));
    expect(value()[HOMEPAGE.uid]).toEqual({ actions: ['find'] });
    expect(box('Select Find one on every content type')).toBeChecked();

    await user.click(box('Find Homepage'));
    expect(box('Select Find on every content type')).toHaveAttribute('aria-checked', 'mixed');
    await user.click(box('Select Find on every content type'));
    await user.click(box('Select Find on every content type'));
    expect(value()).toEqual({ [ARTICLE.uid]: { actions: ['findOne', 'delete'] } });
  });

  it('opens a row on its fields: unticking one lists the others, ticking all again drops the rule', async () => {
    const { user, value } = renderMatrix({ [ARTICLE.uid]: { actions: ['find', 'update'] } });
    await user.click(screen.getByRole('button', { name: 'Article' }));
    expect(screen.getByRole('button', { name: 'Article' })).toHaveAttribute('aria-expanded', 'true');
    // createdAt can be read, never written.
    expect(box('Read createdAt')).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Write createdAt' })).not.toBeInTheDocument();

    await user.click(box('Read body'));
    await user.click(box('Write title'));
    expect(value()).toEqual({
      [ARTICLE.uid]: { actions: ['find', 'update'], fields: { read: ['title', 'createdAt'], write: ['body'] } },
    });

    await user.click(box('Read body'));
    expect(value()).toEqual({ [ARTICLE.uid]: { actions: ['find', 'update'], fields: { write: ['body'] } } });
    await user.click(box('Write every field of Article'));
    expect(value()).toEqual({ [ARTICLE.uid]: { actions: ['find', 'update'] } });
  });

  it("unticks a whole field column with its select-all, and keeps the rules while the type's actions change", async () => {
    const { user, value } = renderMatrix({ [ARTICLE.uid]: { actions: ['find'] } });
    await user.click(screen.getByRole('button', { name: 'Article' }));
    await user.click(box('Write every field of Article'));
    expect(value()[ARTICLE.uid]).toEqual({ actions: ['find'], fields: { write: [] } });
    expect(box('Write title')).not.toBeChecked();

    await user.click(box('Create Article'));
    expect(value()[ARTICLE.uid]).toEqual({ actions: ['find', 'create'], fields: { write: [] } });
  });

  it('disables field and locale rules until the type holds an action', async () => {
    const { user } = renderMatrix();
    await user.click(screen.getByRole('button', { name: 'Homepage' }));
    expect(screen.getByText('Tick an action of Homepage to limit its fields or locales.')).toBeInTheDocument();
    expect(box('Read title')).toBeDisabled();
    expect(box('French (fr)')).toBeDisabled();
  });

  it('limits a localized type to some locales, and omits the rule when all are ticked', async () => {
    const { user, value } = renderMatrix({ [HOMEPAGE.uid]: { actions: ['find'] } });
    await user.click(screen.getByRole('button', { name: 'Homepage' }));
    const locales = within(screen.getByRole('group', { name: 'Locales' }));
    expect(locales.getByRole('checkbox', { name: 'English (en) (default)' })).toBeChecked();

    await user.click(box('French (fr)'));
    expect(value()).toEqual({ [HOMEPAGE.uid]: { actions: ['find'], locales: ['en'] } });
    await user.click(box('English (en) (default)'));
    expect(value()).toEqual({ [HOMEPAGE.uid]: { actions: ['find'], locales: [] } });
    expect(screen.getByText('Tick at least one locale.')).toBeInTheDocument();

    await user.click(box('French (fr)'));
    await user.click(box('English (en) (default)'));
    expect(value()).toEqual({ [HOMEPAGE.uid]: { actions: ['find'] } });
  });

  it("lists a plugin's own actions when its row opens, grouped by controller", async () => {
    const { user, value } = renderMatrix();
    expect(screen.getByText('0 of 2 actions')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Media Library' }));
    await user.click(
      within(screen.getByRole('group', { name: 'content-api' })).getByRole('checkbox', { name: 'upload' })
    );
    expect(value()).toEqual({ 'plugin::upload': { actions: ['content-api.upload'] } });
    await user.click(box('Select every action on Media Library'));
    expect(value()).toEqual({ 'plugin::upload': { actions: ['content-api.find', 'content-api.upload'] } });
    expect(screen.getByText('2 of 2 actions')).toBeInTheDocument();
  });

  it("counts a plugin's actions in words that agree with the number", () => {
    const email = { ...UPLOAD, uid: 'plugin::email', displayName: 'Email', actions: ['email.send'] };
    renderWithProviders(<PermissionsMatrix subjects={[email]} locales={[]} value={{}} onChange={jest.fn()} />);
    expect(screen.getByText('0 of 1 action')).toBeInTheDocument();
  });
});
