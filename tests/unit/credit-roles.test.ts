import { describe, expect, it } from 'vitest';
import { readCreditRole, writtenLanguage } from '@/lib/i18n/credit-roles';

describe('credit roles of source releases', () => {
  it.each([
    ['Reviewer 1', { kind: 'reviewer', stage: 1 }],
    ['reviewer  3', { kind: 'reviewer', stage: 3 }],
    ['Reviewer', { kind: 'reviewer', stage: 0 }],
    ['二审', { kind: 'reviewer', stage: 2 }],
    ['终审', { kind: 'reviewer', stage: 3 }],
    ['审核', { kind: 'reviewer', stage: 0 }],
    ['Người duyệt 2', { kind: 'reviewer', stage: 2 }],
    ['Nguoi duyet 1', { kind: 'reviewer', stage: 1 }],
    ['English reviewer', { kind: 'languageReviewer', language: 'en' }],
    ['英文审校', { kind: 'languageReviewer', language: 'en' }],
    ['Người duyệt bản tiếng Việt', { kind: 'languageReviewer', language: 'vi' }],
    ['责任编辑', { kind: 'editorInCharge' }],
    ['责编', { kind: 'editorInCharge' }],
    ['Web editor', { kind: 'webEditor' }],
    ['Editor-in-chief', { kind: 'chiefEditor' }],
    ['Biên tập viên', { kind: 'editor' }],
    ['Translated by', { kind: 'translator' }],
    ['校对', { kind: 'proofreader' }],
  ])('reads %s', (written, role) => {
    expect(readCreditRole(written)).toEqual(role);
  });

  it('leaves a role it does not know as written, in the language it is written in', () => {
    expect(readCreditRole('Photographer')).toBeNull();
    expect(writtenLanguage('Photographer')).toBe('en');
    expect(writtenLanguage('摄影')).toBe('zh');
    expect(writtenLanguage('Nhiếp ảnh')).toBe('vi');
  });
});
