import type { Metadata } from "next";
import { SectionsDesk } from "@/components/newsroom/sections-desk";
import { listSections } from "@/lib/sections/list-sections";
import { requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "栏目" };

export default async function ColumnsPage() {
  await requirePageUser(["ADMIN"], "/newsroom/columns");
  return <SectionsDesk kind="column" rows={await listSections("column")} />;
}
