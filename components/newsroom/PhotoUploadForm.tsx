'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { Locale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';

/**
 * The upload form: a plain multipart post (it works without JavaScript: the route answers with a
 * redirect to the library); where JavaScript runs, the same post is sent with its progress shown,
 * and the browser then goes where the route sent it.
 */
export function PhotoUploadForm({ locale }: { locale: Locale }) {
  const t = useTranslations('Newsroom.photos');
  const [progress, setProgress] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  function send(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    if (typeof XMLHttpRequest === 'undefined') return;
    event.preventDefault();
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(e.loaded / e.total);
    xhr.onload = () => window.location.assign(xhr.responseURL || newsroom.photos(locale));
    xhr.onerror = () => {
      setProgress(null);
      setFailed(true);
    };
    setFailed(false);
    setProgress(0);
    xhr.send(new FormData(form));
  }

  return (
    <form
      method="post"
      action={newsroom.upload(locale)}
      encType="multipart/form-data"
      onSubmit={send}
      className="space-y-2 rounded border border-stone-300 bg-white p-4"
    >
      <label className="block">
        <span className="font-medium">{t('files')}</span>
        <input
          type="file"
          name="files"
          multiple
          required
          accept="image/jpeg,image/png,image/webp,image/avif,image/gif,image/tiff"
          className="mt-1 block"
        />
      </label>
      <p className="text-sm text-stone-600">{t('filesHelp')}</p>
      <button
        className="rounded border border-stone-600 bg-white px-4 py-1.5 font-medium"
        disabled={progress !== null}
      >
        {t('upload')}
      </button>
      {progress !== null && (
        <p role="status">
          <progress max={1} value={progress} className="mr-2 align-middle" />{' '}
          {t('uploading', { percent: Math.round(progress * 100) })}
        </p>
      )}
      {failed && (
        <p role="alert" className="text-red-900">
          {t('uploadFailed')}
        </p>
      )}
    </form>
  );
}
