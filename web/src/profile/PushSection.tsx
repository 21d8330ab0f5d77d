import { Text } from '@mantine/core';
import { Section } from './Section';

/**
 * Browser push, kept apart from the other methods: receiving pages in this browser is added
 * here. Whatever it offers, it is best-effort (a phone may sleep, iOS needs a Home Screen
 * install), so the note stays.
 */
export function PushSection() {
  return (
    <Section title="Browser push">
      <Text size="sm">Browser push is best-effort; keep SMS or voice for high urgency.</Text>
    </Section>
  );
}
