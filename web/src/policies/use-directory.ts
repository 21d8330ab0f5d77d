import { useMemo } from 'react';
import type { Directory, OnCallNow } from './policy-chain';
import { useOnCallNow, useSchedules, useUsers } from './queries';

/**
 * Names for the ids a policy holds and who is on call now, from the lists the console already
 * fetches. While a list is loading (or failed) its answers are undefined: targets show their ids
 * and no "pages nobody" warning is raised on a guess.
 */
export function useDirectory(): { directory: Directory; oncallFailed: boolean; users: ReturnType<typeof useUsers>; schedules: ReturnType<typeof useSchedules> } {
  const users = useUsers();
  const schedules = useSchedules();
  const oncall = useOnCallNow();
  const directory = useMemo<Directory>(() => {
    const userNames = new Map((users.data?.users ?? []).map((u) => [u.id, u.name]));
    const scheduleNames = new Map((schedules.data?.schedules ?? []).map((s) => [s.id, s.name]));
    const now = new Map<string, OnCallNow>();
    for (const entry of oncall.data?.oncall ?? []) {
      // A schedule has one entry; should it ever have more, someone on call wins over nobody.
      if (now.get(entry.schedule.id)?.user) continue;
      now.set(entry.schedule.id, { user: entry.user, until: entry.shift?.end ?? null });
    }
    return {
      // Until the list arrives, a name is unknown rather than missing: the id stands in.
      userName: (id) => (users.data === undefined ? id : userNames.get(id)),
      scheduleName: (id) => (schedules.data === undefined ? id : scheduleNames.get(id)),
      onCall: (id) => (oncall.data === undefined ? undefined : now.get(id) ?? { user: null, until: null }),
    };
  }, [users.data, schedules.data, oncall.data]);
  return { directory, oncallFailed: oncall.isError, users, schedules };
}
