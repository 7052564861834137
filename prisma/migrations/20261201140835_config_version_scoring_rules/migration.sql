-- AlterTable
ALTER TABLE "RoundConfigVersion" ADD COLUMN     "aggregationMethod" "AggregationMethod" NOT NULL DEFAULT 'MEAN',
ADD COLUMN     "dispersionThreshold" DECIMAL(5,2) NOT NULL DEFAULT 20,
ADD COLUMN     "jpmScheme" "JpmScheme" NOT NULL DEFAULT 'MS';

-- Existing versions take the rules their round holds now: the only record of them there is.
UPDATE "RoundConfigVersion" AS v
SET "jpmScheme" = r."jpmScheme", "aggregationMethod" = r."aggregationMethod", "dispersionThreshold" = r."dispersionThreshold"
FROM "Round" AS r
WHERE v."roundId" = r."id";
