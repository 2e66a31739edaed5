/** Route: GET /api/openapi.json, the OpenAPI 3.1 document of the API (see ../openapi.ts). */
import { Router } from "express";
import { buildOpenApi } from "../openapi.ts";

/** The OpenAPI router (the document is built once). */
export function openapiRouter(): Router {
  const router = Router();
  let doc: unknown = null;
  router.get("/api/openapi.json", (_req, res) => {
    doc ??= buildOpenApi();
    res.json(doc);
  });
  return router;
}
