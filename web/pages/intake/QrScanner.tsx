import { Alert } from 'antd';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { parseIntakeCode } from '../../../domain/intake/intake-code';
import { useT } from '../../i18n/LocaleProvider';

/** How often a video frame is decoded: often enough to feel instant, rarely enough for a weak laptop. */
const FRAME_INTERVAL_MS = 150;

/**
 * The device camera, reading the envelope cover's QR code: frames of the video are decoded with jsQR until
 * one holds an intake code, which is handed to `onCode` once; the camera is released then, or when the
 * scanner closes. Without a camera (or without permission) it says so: the code can always be typed.
 */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const handed = useRef(false);
  const latest = useRef(onCode);
  latest.current = onCode;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const scan = () => {
      const element = video.current;
      if (stopped || !element || !context) return;
      if (element.readyState >= element.HAVE_CURRENT_DATA && element.videoWidth > 0) {
        canvas.width = element.videoWidth;
        canvas.height = element.videoHeight;
        context.drawImage(element, 0, 0);
        const frame = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'attemptBoth' });
        const code = found ? parseIntakeCode(found.data) : undefined;
        if (code && !handed.current) {
          handed.current = true;
          latest.current(code);
          return;
        }
      }
      timer = window.setTimeout(scan, FRAME_INTERVAL_MS);
    };
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem(t('intake.camera.unavailable'));
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        if (stopped) {
          for (const track of media.getTracks()) track.stop();
          return;
        }
        stream = media;
        const element = video.current;
        if (!element) return;
        element.srcObject = media;
        await element.play().catch(() => undefined);
        scan();
      })
      .catch(() => setProblem(t('intake.camera.denied')));
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [t]);

  if (problem) return <Alert type="warning" showIcon title={problem} data-testid="camera-problem" />;
  return (
    <video
      ref={video}
      muted
      playsInline
      aria-label={t('intake.camera.label')}
      data-testid="intake-camera"
      style={{ width: '100%', maxWidth: 480, borderRadius: 8, background: '#000' }}
    />
  );
}
