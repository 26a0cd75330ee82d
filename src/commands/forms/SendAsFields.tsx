import type { World } from '../../engine';
import { controlClass, helpClass, labelClass } from './fieldStyles';
import { accountOptions } from './options';

/** The region a request goes to and, when the lab has other accounts, the account it is made as. */
export function SendAsFields({
  id,
  world,
  region,
  onRegion,
  account,
  onAccount,
}: {
  id: string;
  world: World;
  region: string;
  onRegion: (region: string) => void;
  account: string;
  onAccount: (account: string) => void;
}) {
  const accounts = accountOptions(world);
  return (
    <>
      <div>
        <label htmlFor={`${id}-region`} className={labelClass}>
          Region
        </label>
        <select id={`${id}-region`} value={region} onChange={(e) => onRegion(e.target.value)} className={controlClass}>
          {Object.keys(world.regions).map((r) => (
            <option key={r} value={r}>
              {r}
              {r === world.homeRegion ? ' (home)' : ''}
            </option>
          ))}
        </select>
      </div>
      {accounts.length > 1 && (
        <div>
          <label htmlFor={`${id}-account`} className={labelClass}>
            Act as account
          </label>
          <select id={`${id}-account`} value={account} onChange={(e) => onAccount(e.target.value)} className={controlClass}>
            {accounts.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
          <p className={helpClass}>Another account you shared something with, to see what it can do with it.</p>
        </div>
      )}
    </>
  );
}
