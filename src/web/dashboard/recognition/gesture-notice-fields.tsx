import { useState } from 'react';
import type { Gesture } from '../../../modules/recognition/recognition.contract.ts';
import { useI18n } from '../lib/i18n.tsx';
import { Checkbox, TextArea } from '../lib/ui.tsx';

const LANGS = ['en', 'ru', 'bg'] as const;

/** The notice a gesture may carry, read from its form: off unless ticked and written. */
export function readNotice(fd: FormData): Pick<Gesture, 'notice' | 'noticeOnly'> {
  const text = (l: string) => String(fd.get(`notice.${l}`) ?? '').trim() || undefined;
  const notice = { en: text('en'), ru: text('ru'), bg: text('bg') };
  const on = fd.get('noticeOn') === 'on' && LANGS.some((l) => notice[l]);
  return { notice: on ? notice : null, noticeOnly: on && fd.get('noticeOnly') === 'on' };
}

/** Off by default (a surprise stays one); ticked, the owner writes the text per language. */
export function NoticeFields({ gesture, errors }: { gesture?: Gesture; errors: Record<string, string | undefined> }) {
  const { t } = useI18n();
  const [on, setOn] = useState(Boolean(gesture?.notice));
  return (
    <fieldset className="form">
      <Checkbox
        label={t('recognition.notice.on')}
        name="noticeOn"
        checked={on}
        onChange={(e) => setOn(e.target.checked)}
      />
      {on && (
        <>
          <p className="field-hint">
            {t('recognition.notice.hint')} <code>{'{firstName}'}</code> <code>{'{business}'}</code>
          </p>
          {LANGS.map((l) => (
            <TextArea
              key={l}
              label={t(`recognition.notice.${l}`)}
              name={`notice.${l}`}
              rows={2}
              maxLength={1000}
              defaultValue={gesture?.notice?.[l] ?? ''}
              error={errors[`notice.${l}`] ?? (l === 'en' ? errors.notice : undefined)}
            />
          ))}
          <Checkbox label={t('recognition.notice.only')} name="noticeOnly" defaultChecked={gesture?.noticeOnly} />
        </>
      )}
    </fieldset>
  );
}
