import { describe, expect, it } from 'vitest';
import { type ArrivedItem, NewItems } from './new-items';

const item = (id: string, actor = 'bob', subject = `post-${id}`): ArrivedItem => ({ id, actor: { id: actor }, subject: { id: subject } });
const none = new Set<string>();

describe('NewItems (the "3 new posts" banner)', () => {
  it('counts distinct items', () => {
    const news = new NewItems();
    expect(news.arrive(item('1'), 'alice', none)).toBe('new');
    expect(news.arrive(item('2'), 'alice', none)).toBe('new');
    expect(news.arrive(item('1'), 'alice', none)).toBe('shown');
    expect(news.count).toBe(2);
  });

  it('does not count items already on the screen', () => {
    const news = new NewItems();
    expect(news.arrive(item('1'), 'alice', new Set(['1']))).toBe('shown');
    expect(news.count).toBe(0);
  });

  it('puts the caller’s own post from this screen at the top instead of counting it', () => {
    const news = new NewItems();
    expect(news.wrote('post-9')).toBeNull();
    expect(news.arrive(item('9', 'alice', 'post-9'), 'alice', none)).toBe('own');
    expect(news.count).toBe(0);
  });

  it('takes the caller’s post back out of the count when its item came before the write answered', () => {
    const news = new NewItems();
    news.arrive(item('1'), 'alice', none);
    expect(news.arrive(item('9', 'alice', 'post-9'), 'alice', none)).toBe('new');
    expect(news.count).toBe(2);
    expect(news.wrote('post-9')).toBe('9');
    expect(news.count).toBe(1);
  });

  it('counts the caller’s other activity (another tab, another screen)', () => {
    const news = new NewItems();
    expect(news.arrive(item('3', 'alice', 'page-1'), 'alice', none)).toBe('new');
    expect(news.count).toBe(1);
  });

  it('starts again from zero when the list is read again', () => {
    const news = new NewItems();
    news.arrive(item('1'), 'alice', none);
    news.clear();
    expect(news.count).toBe(0);
    expect(news.arrive(item('1'), 'alice', none)).toBe('new');
  });
});
