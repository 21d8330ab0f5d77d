import { Modal, type ModalProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import touch from './touch.module.css';

/**
 * A dialog as the console shows forms: full screen on a phone with 44 px targets, a labelled
 * close button, focus returned to the opener when it closes (Mantine's default).
 */
export function Dialog({ className, ...props }: ModalProps) {
  const phone = useMediaQuery('(max-width: 48em)');
  return <Modal fullScreen={phone} closeButtonProps={{ 'aria-label': 'Close' }} className={[touch.touch, className].filter(Boolean).join(' ')} {...props} />;
}
