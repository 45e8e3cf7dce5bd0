import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { valuesFromCase } from '@/lib/appeal/form-values';
import { initialFormState } from '@/lib/appeal/form/state';
import { FULL_PLAN } from '@/lib/appeal/form/steps';
import { AppealForm } from '../../_components/appeal-form';
import { formOptions } from '../../_components/form-options';
import { loadOwnCase } from '@/lib/letters/load';

export const metadata: Metadata = { title: 'Edit your appeal letter', robots: { index: false, follow: false } };

export default async function EditLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const own = await loadOwnCase(id);
  if (!own) notFound();
  return (
    <>
      <h1 className="text-[1.75rem] leading-tight font-bold sm:text-4xl">Edit your answers</h1>
      {own.paid && (
        <p className="mt-3 rounded-lg bg-calm p-3">
          This case is paid for. You can correct any answer except the patient, member ID, insurer, treatment and denial date: a different denial is a new case.
        </p>
      )}
      <AppealForm initial={initialFormState(valuesFromCase(own.letter.case), { step: 'check', plan: FULL_PLAN })} options={formOptions()} letterId={id} />
    </>
  );
}
