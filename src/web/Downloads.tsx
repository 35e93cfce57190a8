import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../core/i18n/language';
import { ErrorBar } from '../taskpane/ErrorBar';
import { saveDownload, type Download } from './download';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface DownloadItem {
  readonly testId: string;
  readonly label: string;
  readonly download: Download | null | undefined;
}

/** The buttons that save what the last actions made; an action's download appears once it exists. */
export function Downloads({ items, lang }: { items: readonly DownloadItem[]; lang: Language }) {
  const styles = useStyles();
  const [error, setError] = useState<string | null>(null);
  const ready = items.filter((i) => i.download);
  if (!ready.length) return null;
  return (
    <>
      <div className={styles.row}>
        {ready.map((i) => (
          <Button
            key={i.testId}
            data-testid={i.testId}

            onClick={() => {
              setError(null);
              saveDownload(i.download as Download).catch((e: Error) => setError(e.message));
            }}
          >
            {i.label}
          </Button>
        ))}
      </div>
      {error ? <ErrorBar message={error} lang={lang} /> : null}
    </>
  );
}
