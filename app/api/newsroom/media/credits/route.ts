// GET: the people a photo can be credited to (photographers first), for the figure dialog's combobox.
import { newsroomRoute, ZNoParams } from "@/lib/http/newsroom-route";
import { listCreditChoices } from "@/lib/media/list-credit-choices";

export const GET = newsroomRoute({ params: ZNoParams }, async ({ actor }) =>
  Response.json({ contributors: await listCreditChoices(actor) }, { headers: { "Cache-Control": "no-store" } }),
);
