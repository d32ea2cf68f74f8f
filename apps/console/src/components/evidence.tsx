import { DownloadOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Image, List, Space, Tag, Typography, Upload, type UploadFile } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api';
import { apiBlob, apiUpload, downloadFile, type Attachment } from '../api-files';
import { beijing, useLang } from '../format';

/** What the file pickers accept: the API checks the content again. */
export const EVIDENCE_ACCEPT = 'image/jpeg,image/png,image/heic,image/heif,.heic,.heif,application/pdf';

/** An object URL of a file the API serves only with the bearer token (an <img src> cannot send it). */
function useBlobUrl(path: string | null): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!path) return;
    let made: string | undefined;
    let live = true;
    void apiBlob(path).then((b) => {
      made = URL.createObjectURL(b);
      if (live) setUrl(made);
    }, () => undefined);
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [path]);
  return url;
}

function Thumbnail({ a }: { a: Attachment }) {
  const thumb = useBlobUrl(a.thumbnailUrl);
  const full = useBlobUrl(a.thumbnailUrl ? a.url : null);
  if (!a.thumbnailUrl) return <FileOutlined style={{ fontSize: 48 }} aria-hidden />;
  return <Image width={120} height={90} style={{ objectFit: 'cover' }} src={thumb} preview={full ? { src: full } : false} alt={a.fileName} data-evidence={a.fileName} />;
}

/** A hazard's evidence files: photos as thumbnails that open full size, other files by name; each can be saved. */
export function EvidenceList({ hazardId }: { hazardId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const files = useQuery({ queryKey: ['hazard', hazardId, 'attachments'], queryFn: async () => (await api<{ items: Attachment[] }>('GET', `/hazards/${hazardId}/attachments`)).items });
  if (files.isLoading) return null;
  if (files.error) return <Alert type="error" showIcon message={files.error.message} />;
  const items = files.data ?? [];
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hz.noFiles')} />;
  return (
    <List
      grid={{ gutter: 12, xs: 2, sm: 3, md: 4 }}
      dataSource={items}
      renderItem={(a) => (
        <List.Item key={a.id}>
          <Space direction="vertical" size={4}>
            <Thumbnail a={a} />
            <Typography.Text ellipsis style={{ maxWidth: 140 }}>{a.fileName}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('hz.byAt', { who: a.uploadedBy?.name ?? '—', at: beijing(a.uploadedAt, lang) })}</Typography.Text>
            <Space size={4}>
              {a.locationStripped && a.thumbnailUrl && <Tag>{t('hz.stripped')}</Tag>}
              <Button size="small" icon={<DownloadOutlined />} onClick={() => void downloadFile(`${a.url}?download=1`, a.fileName)} aria-label={`${t('hz.download')} ${a.fileName}`}>{t('hz.download')}</Button>
            </Space>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** A picker of photos (the phone's camera on a phone) kept until the form that holds it is sent. */
export function EvidencePicker({ files, onChange, label }: { files: UploadFile[]; onChange: (files: UploadFile[]) => void; label: string }) {
  return (
    <Upload
      listType="picture"
      multiple
      accept={EVIDENCE_ACCEPT}
      fileList={files}
      beforeUpload={() => false}
      onChange={({ fileList }) => onChange(fileList)}
    >
      <Button icon={<UploadOutlined />}>{label}</Button>
    </Upload>
  );
}

/** The files picked, as the browser's File objects. */
export const pickedFiles = (files: UploadFile[]): File[] => files.flatMap((f) => (f.originFileObj ? [f.originFileObj as File] : []));

/** Adds files to a hazard at once (whoever the hazard involves). */
export function EvidenceUpload({ hazardId }: { hazardId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const send = useMutation({
    mutationFn: () => apiUpload<{ items: Attachment[] }>(`/hazards/${hazardId}/attachments`, pickedFiles(files)),
    onSuccess: () => {
      setFiles([]);
      return client.invalidateQueries({ queryKey: ['hazard', hazardId] });
    },
  });
  const problem = send.error instanceof ApiError ? (Object.values(send.error.fields).join('；') || send.error.message) : null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <EvidencePicker files={files} onChange={setFiles} label={t('report.addPhoto')} />
      {files.length > 0 && (
        <Button type="primary" loading={send.isPending} onClick={() => send.mutate()}>{t('hz.upload')}</Button>
      )}
      {send.isSuccess && <Alert type="success" showIcon message={t('hz.uploaded', { count: send.data.items.length })} />}
      {problem && <Alert type="error" showIcon message={problem} />}
    </Space>
  );
}
