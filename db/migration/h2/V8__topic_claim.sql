-- A topic carries a claim: the proposition its stances agree or disagree with, written as a
-- sentence in the codebook ("Ukraine gives up territory to Russia"). Filled in when the codebook
-- is synced on the next import; NULL for topics whose codebook entry gives no claim.
ALTER TABLE topic ADD COLUMN claim VARCHAR(1000);
COMMENT ON COLUMN topic.claim IS 'The proposition stances on this topic are about (supports: agrees, opposes: rejects, demands: insists on it, conditional: agrees only if a condition is met), from the codebook; NULL when the codebook gives none.';
