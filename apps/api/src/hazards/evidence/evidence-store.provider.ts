import type { Provider } from '@nestjs/common';
import { evidenceConfig, type EvidenceConfig } from '#config';
import { EVIDENCE_STORE, LocalEvidenceStore, S3EvidenceStore, type EvidenceStore } from '#persistence';

/** The store the settings name: the local folder (default) or S3, whose bucket is made when missing. */
export const evidenceStoreProvider: Provider = {
  provide: EVIDENCE_STORE,
  inject: [evidenceConfig.KEY],
  useFactory: async (config: EvidenceConfig): Promise<EvidenceStore> => {
    if (!config.s3) return new LocalEvidenceStore(config.dir);
    const store = new S3EvidenceStore(config.s3);
    await store.ensureBucket();
    return store;
  },
};
