// The fields of a contributor (姓名, 单位, 默认角色) inside a desk form, prefilled when editing.
import { BYLINE_ROLE_LABELS } from "./byline-role-labels";

export function ContributorFields({
  name = "",
  affiliation = "",
  defaultRole = "reporter",
}: {
  name?: string;
  affiliation?: string | null;
  defaultRole?: string;
}) {
  return (
    <>
      <label>
        姓名
        <input name="name" required maxLength={40} defaultValue={name} />
      </label>
      <label>
        单位
        <input name="affiliation" maxLength={40} defaultValue={affiliation ?? ""} placeholder="如 本报、新华社" />
      </label>
      <label>
        默认角色
        <select name="defaultRole" defaultValue={defaultRole}>
          {Object.entries(BYLINE_ROLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
