-- A key may reach one project only (portal sessions): NULL reaches the whole tenant.
ALTER TABLE "api_keys" ADD COLUMN "project_id" TEXT;
