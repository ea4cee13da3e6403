-- Paragraph kinds that real releases have (docs/decisions/014): list items, interview turns and
-- photo captions, beside paragraph, heading and quote. New enum values are appended; existing
-- rows keep their kind.
ALTER TYPE "paragraph_kind" ADD VALUE IF NOT EXISTS 'bullet';
ALTER TYPE "paragraph_kind" ADD VALUE IF NOT EXISTS 'numbered';
ALTER TYPE "paragraph_kind" ADD VALUE IF NOT EXISTS 'question';
ALTER TYPE "paragraph_kind" ADD VALUE IF NOT EXISTS 'answer';
ALTER TYPE "paragraph_kind" ADD VALUE IF NOT EXISTS 'caption';
