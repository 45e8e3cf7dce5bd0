import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { valuesFromCase } from '@/lib/appeal/form-values';
import { AppealForm } from '../../_components/appeal-form';
import { formOptions } from '../../_components/form-options';
import { loadOwnLetter } from '../load';

export const metadata: Metadata = { title: 'Edit your appeal letter', robots: { index: false, follow: false } };

export default async function EditLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const own = await loadOwnLetter(id);
  if (!own) notFound();
  return (
    <>
      <h1 className="text-[1.75rem] font-bold leading-tight sm:text-4xl">Edit your answers</h1>
      <AppealForm initial={{ status: 'idle', values: valuesFromCase(own.letter.case), fieldErrors: {}, marks: [], letterText: '', version: 0 }} options={formOptions()} letterId={id} />
    </>
  );
}
