import type { Metadata } from "next";
import { SectionsDesk } from "@/components/newsroom/sections-desk";
import { listSections } from "@/lib/sections/list-sections";
import { requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "栏目分类" };

export default async function SectionsPage() {
  await requirePageUser(["ADMIN"], "/newsroom/sections");
  return <SectionsDesk kind="section" rows={await listSections("section")} />;
}
