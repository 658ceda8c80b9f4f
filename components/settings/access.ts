import { can, type Viewer } from "@/lib/auth/permissions";

// Who may open the settings pages: viewers who may edit a province's settings or manage its
// accounts (the coordination office in its province, the administrator everywhere).

const provinceLevel = (provinceCode: string | null) => ({ provinceCode, districtCode: null, communeCode: null });

export interface SettingsRights {
  settings: boolean;
  users: boolean;
}

/** What the viewer may do in one province's settings. */
export function settingsRights(viewer: Viewer | null, provinceCode: string | null): SettingsRights {
  return { settings: can(viewer, "settings.edit", provinceLevel(provinceCode)), users: can(viewer, "users.manage", provinceLevel(provinceCode)) };
}

/** Does the header show the "Cài đặt" link for this viewer? */
export function canOpenSettings(viewer: Viewer | null): boolean {
  if (!viewer) return false;
  const r = settingsRights(viewer, viewer.role === "admin" ? "*" : viewer.provinceCode);
  return r.settings || r.users;
}
