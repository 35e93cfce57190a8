import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Language } from '../core/i18n/language';
import { ui } from './uiText';

/** An action that failed in the host: the message as Excel or the core gave it, never swallowed. */
export function ErrorBar({ message, lang }: { message: string; lang: Language }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{ui('error', lang)}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
