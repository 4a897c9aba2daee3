import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { deleted, idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { answerParams, photo } from './standards.contract.ts';
import { PHOTO_MAX_BYTES } from './photo-type.ts';
import * as photos from './photos.service.ts';

/**
 * Photos for audit answers: `multipart/form-data` with one file in the field `photo`. The audit is
 * checked before the upload is read; an upload over the limit (413) or not a photo (415) stores nothing.
 */
export const photoRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = deps;
    await app.register(multipart, { limits: { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 5, parts: 6 } });
    const tags = ['audits'];
    app.post(
      '/audits/:id/answers/:itemId/photos',
      {
        config: { permission: 'audits:write' },
        schema: {
          tags,
          params: answerParams,
          consumes: ['multipart/form-data'],
          response: { 201: photo, ...errorResponses },
        },
      },
      async (req, reply) => {
        const { id, itemId } = req.params;
        await photos.checkUpload(db, req.actor!, id, itemId);
        if (!req.isMultipart()) throw photos.notAPhoto('Send the photo as multipart/form-data in the field "photo"');
        let bytes: Buffer | undefined;
        try {
          for await (const part of req.parts())
            if (part.type === 'file' && part.fieldname === 'photo') bytes = await part.toBuffer();
            else if (part.type === 'file') await part.toBuffer();
        } catch (e) {
          if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw photos.tooLarge();
          throw e;
        }
        if (!bytes) throw photos.notAPhoto('Put the photo in the field "photo"');
        return reply.status(201).send(await photos.addPhoto(db, req.actor!, id, itemId, bytes));
      },
    );
    app.get(
      '/audit-photos/:id',
      { config: { permission: 'audits:read' }, schema: { tags, params: idParam } },
      async (req, reply) => {
        const p = await photos.photo(db, req.actor!, req.params.id);
        return reply
          .type(p.contentType)
          .header('cache-control', 'private, max-age=86400')
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'")
          .send(p.bytes);
      },
    );
    app.delete(
      '/audit-photos/:id',
      {
        config: { permission: 'audits:write' },
        schema: { tags, params: idParam, response: { 200: deleted, ...errorResponses } },
      },
      async (req) => {
        await photos.removePhoto(db, req.actor!, req.params.id);
        return { deleted: true as const };
      },
    );
  };
